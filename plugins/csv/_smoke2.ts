import { readFileSync, statSync } from 'node:fs';
import { detectEncoding, decodeSample, describeEncoding } from './encoding.ts';
import { sniff } from './sniff.ts';
for (const f of process.argv.slice(2)) {
  const head = readFileSync(f).subarray(0, 65536);
  const e = detectEncoding(head);
  const s = sniff(decodeSample(head, e.encoding), { complete: statSync(f).size <= head.length });
  console.log(f.split('/').slice(-2).join('/'), describeEncoding(e), JSON.stringify(s.delimiter), s.headerLine, s.preambleIsRows, s.sampleRows, JSON.stringify(s.header).slice(0, 200));
}
