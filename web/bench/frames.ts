/** Frame times while the mouse drags the canvas: what "pan without visible stutter" means in numbers. */
import type { Page } from 'playwright-core';

export async function measurePan(page: Page): Promise<number[]> {
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no canvas pane');
  await page.evaluate(() => {
    const w = window as unknown as { sbFrames: number[]; sbFramesOn: boolean };
    w.sbFrames = [];
    w.sbFramesOn = true;
    let last = performance.now();
    const tick = (now: number) => {
      w.sbFrames.push(now - last);
      last = now;
      if (w.sbFramesOn) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const x = pane.x + pane.width * 0.45;
  const y = pane.y + pane.height * 0.75;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 0; i < 60; i++) await page.mouse.move(x + Math.sin(i / 6) * 200, y - i * 4);
  await page.mouse.up();
  return page.evaluate(() => {
    const w = window as unknown as { sbFrames: number[]; sbFramesOn: boolean };
    w.sbFramesOn = false;
    return w.sbFrames.slice(1);
  });
}

export function summarizeFrames(frames: number[]): string {
  const sorted = [...frames].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const slow = frames.filter((f) => f > 50).length;
  return `${frames.length} frames, median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${Math.max(...frames).toFixed(1)} ms, ${slow} over 50 ms`;
}
