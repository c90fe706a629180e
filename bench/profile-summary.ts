// Summarises a V8 CPU profile by category: `node bench/profile-summary.ts <file.cpuprofile> [topN]`.
// `npm run bench -- --profile gateway` records one and prints this summary itself.
import { formatProfileSummary, summariseProfile } from './profile-categories.ts';

const [file, top] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/profile-summary.ts <file.cpuprofile> [topN]');
  process.exit(2);
}
console.log(formatProfileSummary(summariseProfile(file, { topN: top ? Number(top) : undefined })));
