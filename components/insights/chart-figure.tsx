"use client";
// One server-rendered ECharts SVG, hydrated with ECharts' small SSR client so that a click on a segment that
// has a link opens it (the data table below every chart carries the same links for keyboards and screen readers).
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { hydrate } from "echarts/ssr/client/index.js";

type Props = { svg: string; label: string; links: (string | null)[][] | null; testId: string };

export function ChartFigure({ svg, label, links, testId }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const router = useRouter();
  useEffect(() => {
    if (!ref.current || !links) return;
    const root = ref.current;
    hydrate(root, {
      on: {
        click: (params) => {
          const href = params.seriesIndex === undefined || params.dataIndex === undefined ? null : links[params.seriesIndex]?.[params.dataIndex];
          if (href) router.push(href);
        },
      },
    });
    root.dataset.hydrated = "true";
  }, [links, router]);
  return (
    <div
      ref={ref}
      role="img"
      aria-label={label}
      data-testid={testId}
      // insights-figure (app/globals.css): decal paths let clicks through to the bar below, bars with links show a pointer.
      className="insights-figure w-full overflow-x-auto [&_svg]:h-auto [&_svg]:max-w-full"
      data-clickable={links ? "true" : undefined}
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
