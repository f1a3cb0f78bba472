// The size-adjusted fallback face: a local system font stretched to the web
// font's average width and vertical metrics, so text laid out before the web font
// arrives keeps its size when it swaps (Next's adjustFontFallback).
import type { FontMetrics } from "./font-metrics";

export type SystemFallback = "Arial" | "Times New Roman";

// Measured from Liberation Sans / Liberation Serif, which are metric-compatible with
// Arial / Times New Roman, with the same letter weighting as readFontMetrics.
const SYSTEM_METRICS: Record<SystemFallback, Omit<FontMetrics, "serif">> = {
  Arial: { unitsPerEm: 2048, ascent: 1854, descent: -434, lineGap: 67, xWidthAvg: 915 },
  "Times New Roman": { unitsPerEm: 2048, ascent: 1825, descent: -443, lineGap: 87, xWidthAvg: 829 },
};

// The installed fonts that carry those metrics: Liberation Sans / Serif are what
// Linux systems have instead of Arial / Times New Roman (same advance widths), so the
// overrides fit them too.
export const LOCAL_NAMES: Record<SystemFallback, string[]> = {
  Arial: ["Arial", "Liberation Sans"],
  "Times New Roman": ["Times New Roman", "Liberation Serif"],
};

export interface FallbackFace {
  local: SystemFallback;
  sizeAdjust: string;
  ascentOverride: string;
  descentOverride: string;
  lineGapOverride: string;
}

const percent = (value: number) => `${Number((value * 100).toFixed(2))}%`;

/**
 * The overrides that make `local` occupy the same space as the font `metrics` describe.
 * @example fallbackFace(metrics, "Arial").sizeAdjust // "104.1%"
 */
export function fallbackFace(metrics: FontMetrics, local: SystemFallback): FallbackFace {
  const system = SYSTEM_METRICS[local];
  const sizeAdjust = metrics.xWidthAvg / metrics.unitsPerEm / (system.xWidthAvg / system.unitsPerEm);
  const scaled = (value: number) => percent(Math.abs(value) / (metrics.unitsPerEm * sizeAdjust));
  return {
    local,
    sizeAdjust: percent(sizeAdjust),
    ascentOverride: scaled(metrics.ascent),
    descentOverride: scaled(metrics.descent),
    lineGapOverride: scaled(metrics.lineGap),
  };
}
