// getServerSideProps hears preview mode too (test/presets/pages/preview.ts).
import type { GetServerSideProps } from "next";

interface Props {
  preview: boolean;
  previewData: unknown;
}

export const getServerSideProps: GetServerSideProps<Props> = async (context) => ({
  props: { preview: !!context.preview, previewData: context.previewData ?? null },
});

export default function PreviewSsr({ preview, previewData }: Props) {
  return (
    <main>
      <h1 data-testid="preview-flag">{preview ? "preview" : "published"}</h1>
      <p data-testid="preview-data">{JSON.stringify(previewData)}</p>
    </main>
  );
}
