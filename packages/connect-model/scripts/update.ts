// npm run model:update [botocore-version]: downloads botocore with pip, takes Connect's service
// model out of the wheel and writes the shapes of MODEL_OPERATIONS to data/, with the version and
// the sha256 of the original file. Without a version, pip's newest.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { MODEL_DATA_URL, MODEL_FILE } from '../src/model-file.ts';
import { parseModelJson, stringifyModelJson } from '../src/model-json.ts';
import { MODEL_OPERATIONS } from '../src/operations.ts';
import { trimModel } from '../src/trim-model.ts';

const requested = process.argv[2];
const dir = mkdtempSync(join(tmpdir(), 'connect-model-'));
try {
  const spec = requested ? `botocore==${requested}` : 'botocore';
  execFileSync('python3', ['-m', 'pip', 'download', spec, '--no-deps', '--only-binary=:all:', '--quiet', '-d', dir], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const wheel = readdirSync(dir).find((name) => /^botocore-.+\.whl$/.test(name));
  const version = wheel?.match(/^botocore-([^-]+)-/)?.[1];
  if (!wheel || !version) throw new Error(`pip did not download a botocore wheel into ${dir}`);
  // A wheel is a zip; Python (which pip needs anyway) reads it.
  const original = execFileSync(
    'python3',
    [
      '-c',
      'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))',
      join(dir, wheel),
      `${MODEL_FILE}.gz`,
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const text = gunzipSync(original).toString('utf8');
  const sha256 = createHash('sha256').update(text).digest('hex');
  const trimmed = trimModel(parseModelJson(text), MODEL_OPERATIONS, {
    package: 'botocore',
    version,
    file: MODEL_FILE,
    sha256,
  });
  writeFileSync(MODEL_DATA_URL, stringifyModelJson(trimmed));
  console.log(
    `connect-model: botocore ${version}, ${MODEL_FILE} sha256 ${sha256}; ${Object.keys(trimmed.shapes).length} shapes of ${MODEL_OPERATIONS.length} operations`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
