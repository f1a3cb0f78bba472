// Image metadata drawn by code (Next: test/e2e/app-dir/metadata-dynamic-routes).
import { ClientUa } from "./client-ua";

export const metadata = { title: "OG demo", metadataBase: new URL("https://og.example.com") };

export default function OgDemoPage() {
  return (
    <main>
      <h1 data-testid="og-demo">Images drawn by code</h1>
      <ClientUa />
    </main>
  );
}
