/**
 * Adds `.js` to the relative imports of the emitted declarations in dist-core/types. The core's sources import
 * without extensions (Vite resolves them); TypeScript consumers on `moduleResolution: node16/nodenext` need the
 * extension, or every type behind such an import silently becomes `any`.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const ROOT = process.argv[2] ?? 'dist-core/types';

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.d.ts') ? [path] : [];
  });
}

let changed = 0;
for (const file of files(ROOT)) {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(
    /(from\s+|import\()(['"])(\.{1,2}\/[^'"]+)\2/g,
    (whole, lead, quote, specifier) => {
      if (/\.js$/.test(specifier)) return whole;
      const target = resolve(dirname(file), specifier);
      const path = existsSync(`${target}.d.ts`) ? `${specifier}.js` : `${specifier}/index.js`;
      return `${lead}${quote}${path}${quote}`;
    },
  );
  if (next !== text) {
    writeFileSync(file, next);
    changed += 1;
  }
}
console.log(`dts-extensions: ${changed} declaration files updated in ${ROOT}`);
