#!/usr/bin/env node
// Renders icons/gloss.svg to the PNG sizes the manifest lists. The PNGs are committed, so the build
// needs no rasteriser; run `npm run icons` after editing the SVG.
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const svg = readFileSync(join(dir, 'gloss.svg'), 'utf8');
for (const size of [16, 32, 48, 128]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(join(dir, `gloss-${size}.png`), png);
  console.log(`icons/gloss-${size}.png (${png.length} bytes)`);
}
