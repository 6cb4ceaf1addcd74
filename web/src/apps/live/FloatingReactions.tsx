import { useEffect, useRef, useState } from 'react';
import { lt } from './i18n';
import type { ReactionsEntity } from './types';

interface Flying {
  id: number;
  emoji: string;
  left: number;
  drift: number;
}

/** Most emojis drawn for one burst, so a crowd tapping at once stays readable and cheap to animate. */
const maxPerBurst = 24;

/**
 * The reaction bursts of the big screen: each tap of the latest burst rises as an emoji from the bottom and fades.
 * Totals stay in a bar for the record; people who prefer reduced motion see the totals only.
 */
export function FloatingReactions({ reactions }: { reactions: ReactionsEntity }) {
  const [flying, setFlying] = useState<Flying[]>([]);
  const nextId = useRef(0);
  const burstKey = JSON.stringify(reactions.burst ?? {});

  useEffect(() => {
    const burst = JSON.parse(burstKey) as Record<string, number>;
    const fresh: Flying[] = [];
    for (const [emoji, taps] of Object.entries(burst)) {
      for (let i = 0; i < Math.min(taps, maxPerBurst) && fresh.length < maxPerBurst; i++) {
        fresh.push({ id: nextId.current++, emoji, left: 5 + Math.random() * 90, drift: (Math.random() - 0.5) * 120 });
      }
    }
    if (fresh.length === 0) return undefined;
    const add = setTimeout(() => setFlying((f) => [...f.slice(-60), ...fresh]), 0);
    const done = setTimeout(() => setFlying((f) => f.filter((x) => !fresh.includes(x))), 3200);
    return () => {
      clearTimeout(add);
      clearTimeout(done);
    };
  }, [burstKey]);

  return (
    <>
      <div aria-hidden className="pointer-events-none fixed inset-0 overflow-hidden motion-reduce:hidden">
        {flying.map((f) => (
          <span
            key={f.id}
            className="absolute bottom-0 text-6xl"
            style={{ left: `${f.left}%` }}
            ref={(el) => {
              el?.animate(
                [
                  { transform: 'translate(0, 0) scale(0.6)', opacity: 0 },
                  { transform: `translate(${f.drift / 3}px, -25vh) scale(1.1)`, opacity: 1, offset: 0.2 },
                  { transform: `translate(${f.drift}px, -85vh) scale(1)`, opacity: 0 },
                ],
                { duration: 2600 + Math.random() * 600, easing: 'ease-out', fill: 'forwards' },
              );
            }}
          >
            {f.emoji}
          </span>
        ))}
      </div>
      <ul className="flex gap-6 text-4xl" aria-label={lt('results.reactions')}>
        {Object.entries(reactions.totals).map(([emoji, total]) => (
          <li key={emoji} className="tabular-nums">
            {emoji} <span className="text-3xl font-semibold">{total}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
