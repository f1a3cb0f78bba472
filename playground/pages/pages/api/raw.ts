import type { NextApiRequest, NextApiResponse } from "next";

// bodyParser: false — the handler reads the raw stream itself.
export const config = { api: { bodyParser: false } };

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const chunks: Uint8Array[] = [];
  for await (const chunk of req as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  const bytes = chunks.reduce((n, c) => n + c.byteLength, 0);
  const text = new TextDecoder().decode(Uint8Array.from(chunks.flatMap((c) => [...c])));
  res.json({ bodyIsUndefined: req.body === undefined, bytes, text });
}
