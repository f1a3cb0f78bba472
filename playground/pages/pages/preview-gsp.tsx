// A pre-rendered getStaticProps page that preview mode renders per request with
// the preview data (test/presets/pages/preview.ts; Next: test/integration/prerender-preview).
import { useRouter } from "next/router";
import type { GetStaticProps } from "next";

interface Props {
  preview: boolean;
  previewData: unknown;
  draftMode: boolean;
  renderedAt: number;
}

export const getStaticProps: GetStaticProps<Props> = async (context) => ({
  props: { preview: !!context.preview, previewData: context.previewData ?? null, draftMode: !!context.draftMode, renderedAt: Date.now() },
});

export default function PreviewGsp({ preview, previewData, draftMode, renderedAt }: Props) {
  const router = useRouter();
  return (
    <main>
      <h1 data-testid="preview-flag">{preview ? "preview" : "published"}</h1>
      <p data-testid="preview-data">{JSON.stringify(previewData)}</p>
      <p data-testid="draft-mode">{String(draftMode)}</p>
      <p data-testid="router-preview">{String(router.isPreview)}</p>
      <p data-testid="rendered-at">{renderedAt}</p>
    </main>
  );
}
