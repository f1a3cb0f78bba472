// A streamed body (Next: app/advanced/streaming): chunks leave as they are produced.
export const dynamic = "force-dynamic";

const encoder = new TextEncoder();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function GET() {
  let step = 0;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (step > 0) await sleep(300);
      step += 1;
      controller.enqueue(encoder.encode(`chunk ${step} at ${Date.now()}\n`));
      if (step === 3) controller.close();
    },
  });
  return new Response(stream, { headers: { "content-type": "text/plain; charset=utf-8" } });
}
