// Fonts reached through barrels only (test/presets/suites/fonts-barrel.ts).
import { BARREL_TITLE, caption, display } from "../../../components/typography";

export default function BarrelFontsPage() {
  return (
    <main className={display.variable}>
      <h1 className={display.className} data-testid="barrel-display">
        {BARREL_TITLE}
      </h1>
      <p className={caption.className} data-testid="barrel-caption">
        Three imports away
      </p>
      <pre data-testid="barrel-values">{JSON.stringify({ display, caption })}</pre>
    </main>
  );
}
