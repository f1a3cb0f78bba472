// ?url and ?raw imports and CSS url() assets, as Vite handles them, in a server
// component and a client component (test/presets/suites/asset-imports.ts).
import { ClientAssets } from "./client-assets";
import patternUrl from "./pattern.png?url";
import markUrl from "./mark.svg?url";
import notes from "./notes.txt?raw";
import svgSource from "./mark.svg?raw";
import styles from "./page.module.css";

export default function AssetImportsPage() {
  return (
    <main>
      <span data-testid="server-url">{markUrl}</span>
      <span data-testid="server-png-url">{patternUrl}</span>
      <pre data-testid="server-raw">{notes}</pre>
      <span data-testid="server-svg-raw">{svgSource.length}</span>
      <div data-testid="patterned" className={styles.patterned} />
      <ClientAssets />
    </main>
  );
}
