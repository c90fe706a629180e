// The machine's ceiling: node:http answering a fixed JSON body, no work at all.
import { createServer } from 'node:http';
import { serve } from './listen.ts';

const BODY = JSON.stringify({ data: { hello: 'world' } });

await serve(
  createServer((req, res) => {
    // Read the body like every other server must before answering.
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(BODY) });
      res.end(BODY);
    });
  }),
);
