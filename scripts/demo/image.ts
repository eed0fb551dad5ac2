import sharp from 'sharp';
import type { DemoStory } from './types';

/** A 1600×900 illustration drawn locally (no download), so demo stories have real images. */
export async function drawDemoImage(image: DemoStory['image'], seed: number): Promise<Buffer> {
  const w = 1600;
  const h = 900;
  const rand = mulberry32(seed);
  let motif = '';
  if (image.motif === 'circles') {
    for (let i = 0; i < 14; i++)
      motif += `<circle cx="${rand() * w}" cy="${rand() * h}" r="${40 + rand() * 220}" fill="#fff" fill-opacity="${0.06 + rand() * 0.12}"/>`;
  } else if (image.motif === 'waves') {
    for (let i = 0; i < 8; i++) {
      const y = 120 + i * 95;
      motif += `<path d="M0 ${y} C 400 ${y - 120}, 800 ${y + 120}, 1600 ${y - 40}" stroke="#fff" stroke-opacity="${0.12 + rand() * 0.15}" stroke-width="${6 + rand() * 18}" fill="none"/>`;
    }
  } else if (image.motif === 'grid') {
    for (let x = 0; x < w; x += 100)
      for (let y = 0; y < h; y += 100)
        if (rand() > 0.55)
          motif += `<rect x="${x + 10}" y="${y + 10}" width="80" height="80" rx="8" fill="#fff" fill-opacity="${0.05 + rand() * 0.15}"/>`;
  } else if (image.motif === 'bars') {
    for (let i = 0; i < 16; i++) {
      const bh = 100 + rand() * 600;
      motif += `<rect x="${60 + i * 95}" y="${h - bh}" width="70" height="${bh}" fill="#fff" fill-opacity="${0.1 + rand() * 0.15}"/>`;
    }
  } else {
    motif = `<circle cx="1200" cy="330" r="190" fill="#fff" fill-opacity="0.35"/>`;
    for (let i = 0; i < 24; i++) {
      const a = (i / 24) * Math.PI * 2;
      motif += `<line x1="${1200 + Math.cos(a) * 230}" y1="${330 + Math.sin(a) * 230}" x2="${1200 + Math.cos(a) * 330}" y2="${330 + Math.sin(a) * 330}" stroke="#fff" stroke-opacity="0.3" stroke-width="10"/>`;
    }
    motif += `<path d="M0 720 Q 400 600 800 700 T 1600 650 V 900 H 0 Z" fill="#000" fill-opacity="0.25"/>`;
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${image.from}"/><stop offset="1" stop-color="${image.to}"/></linearGradient></defs><rect width="${w}" height="${h}" fill="url(#g)"/>${motif}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
}

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
