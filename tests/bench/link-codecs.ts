/**
 * Why the share link uses fflate's raw deflate: link length for the same scenario documents under the candidate
 * encodings, and whether each is deterministic and synchronous. Run: npx tsx tests/bench/link-codecs.ts
 */
import { deflateSync } from 'fflate';
import { createScenario } from '../../src/core';
import { bytesToBase64Url } from '../../src/lib/io/base64url';
import { encodeScenarioLink } from '../../src/lib/io/scenario-codec';

async function viaCompressionStream(
  bytes: Uint8Array,
  format: 'deflate' | 'deflate-raw',
): Promise<Uint8Array | null> {
  try {
    const stream = new Blob([new Uint8Array(bytes)])
      .stream()
      .pipeThrough(new CompressionStream(format as CompressionFormat));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    return null;
  }
}

const edited = createScenario('azure');
edited.requirements.monthlyRequests = 4_000_000;
edited.workload.peakToAverage = 5;
edited.options.provisioned_throughput.spillover = { enabled: true, basePtu: 20 };
edited.options.kubernetes.labourUsdPerMonth = 9000;
const full = createScenario('azure');

const documents: [string, object][] = [
  ['default (header only)', { v: 1, p: 'seed', r: '2024-10-01' }],
  [
    '4 edits (diff)',
    {
      v: 1,
      p: 'azure',
      r: '2026-11-26',
      d: {
        requirements: { monthlyRequests: 4e6 },
        workload: { peakToAverage: 5 },
        options: {
          provisioned_throughput: { spillover: { enabled: true, basePtu: 20 } },
          kubernetes: { labourUsdPerMonth: 9000 },
        },
      },
    },
  ],
  ['whole azure scenario', full],
];

console.log(
  'document                     JSON bytes  j1 (base64)  fflate raw  CompressionStream deflate  deflate-raw',
);
for (const [name, document] of documents) {
  const bytes = new TextEncoder().encode(JSON.stringify(document));
  const cs = await viaCompressionStream(bytes, 'deflate');
  const csRaw = await viaCompressionStream(bytes, 'deflate-raw');
  console.log(
    `${name.padEnd(28)} ${String(bytes.length).padStart(10)}  ${String(bytesToBase64Url(bytes).length).padStart(11)}  ${String(bytesToBase64Url(deflateSync(bytes, { level: 9 })).length).padStart(10)}  ${String(cs ? bytesToBase64Url(cs).length : 'n/a').padStart(25)}  ${String(csRaw ? bytesToBase64Url(csRaw).length : 'n/a').padStart(11)}`,
  );
}
console.log(
  `actual links: default ${encodeScenarioLink(createScenario('seed')).length} chars, 4 edits ${encodeScenarioLink(edited).length} chars`,
);
console.log(
  'fflate: synchronous (the URL updates in the same tick), pure JS (identical bytes in every browser and Node), ~5 KB gzip.',
);
console.log(
  'CompressionStream: asynchronous, and its output depends on the zlib build of the browser, so pinned link strings could differ.',
);
