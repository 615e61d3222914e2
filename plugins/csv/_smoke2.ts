import { readFileSync, statSync } from 'node:fs';
import { detectEncoding, decodeSample, describeEncoding } from './encoding.ts';
import { sniff } from './sniff.ts';
for (const f of process.argv.slice(2)) {
  const head = readFileSync(f).subarray(0, 65536);
  let e; try { e = detectEncoding(head); } catch (err) { console.log(f, String(err).split("\n")[0]); continue; }
  let s; try { s = sniff(decodeSample(head, e.encoding), { complete: statSync(f).size <= head.length }); } catch (err) { console.log(f.split("/").slice(-2).join("/"), String(err).split("\n")[0]); continue; }
  console.log(f.split('/').slice(-2).join('/'), describeEncoding(e), JSON.stringify(s.delimiter), s.headerLine, s.preambleIsRows, s.sampleRows, JSON.stringify(s.header).slice(0, 200));
}
