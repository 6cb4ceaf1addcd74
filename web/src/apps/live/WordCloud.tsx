import cloud from 'd3-cloud';
import { useEffect, useState } from 'react';
import { lt } from './i18n';

interface PlacedWord {
  text: string;
  count: number;
  size: number;
  x: number;
  y: number;
  rotate: number;
}

/** Colours with at least 4.5:1 contrast on white, largest words first. */
/**
 * CJK fonts first, then the bundled Noto Sans SC, then the system's: participants type words in any script, and
 * Chromium's system-ui on Linux draws CJK characters as boxes.
 */
const cloudFont = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC Variable", ui-sans-serif, system-ui, sans-serif';

const palette = ['#3730a3', '#9d174d', '#065f46', '#9a3412', '#1e40af', '#6b21a8', '#854d0e', '#155e75'];

/** Font size from the word's share of the largest count: the most frequent word is the biggest. */
export function fontSizeFor(count: number, max: number, smallest: number, largest: number): number {
  return Math.round(smallest + (largest - smallest) * Math.sqrt(count / Math.max(1, max)));
}

/**
 * Words laid out by frequency with d3-cloud: size and colour follow the count, a few words turn 90°. The layout runs
 * off-screen on a canvas and is drawn as SVG, so it scales with the screen; the list below it names every count for
 * screen readers.
 */
export function WordCloud({ words, width, height, big = false }: { words: { text: string; count: number }[]; width: number; height: number; big?: boolean }) {
  const [placed, setPlaced] = useState<PlacedWord[]>([]);
  // The words as text: a new array with the same words and counts keeps the layout.
  const signature = JSON.stringify(words.slice(0, 80).map((w) => [w.text, w.count]));

  useEffect(() => {
    const shown = (JSON.parse(signature) as [string, number][]).map(([text, count]) => ({ text, count }));
    const max = Math.max(1, ...shown.map((w) => w.count));
    const layout = cloud<cloud.Word & { count: number }>()
      .size([width, height])
      .words(shown.map((w) => ({ ...w, size: fontSizeFor(w.count, max, big ? 22 : 14, big ? 110 : 48) })))
      .padding(big ? 6 : 3)
      .rotate((w) => ((w.text?.length ?? 0) % 5 === 0 && w.count < max ? 90 : 0))
      .font(cloudFont)
      .fontWeight(700)
      .fontSize((w) => w.size ?? 14)
      .random(() => 0.5)
      .on('end', (out) => setPlaced(out.map((w) => ({
        text: w.text ?? '', count: w.count, size: w.size ?? 0, x: w.x ?? 0, y: w.y ?? 0, rotate: w.rotate ?? 0,
      }))));
    layout.start();
    return () => void layout.stop();
  }, [signature, width, height, big]);

  return (
    <figure aria-label={lt('results.wordCloud')}>
      <svg viewBox={`${-width / 2} ${-height / 2} ${width} ${height}`} className="h-auto w-full" aria-hidden>
        {placed.map((w, i) => (
          <text
            key={w.text}
            textAnchor="middle"
            transform={`translate(${w.x},${w.y}) rotate(${w.rotate})`}
            style={{ fontSize: w.size, fontWeight: 700, fontFamily: cloudFont, fill: palette[i % palette.length] }}
          >
            {w.text}
          </text>
        ))}
      </svg>
      <figcaption className="sr-only">
        <ul>
          {words.map((w) => (
            <li key={w.text}>{w.text}: {w.count}</li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
