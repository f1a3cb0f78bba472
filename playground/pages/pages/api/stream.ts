import type { NextApiRequest, NextApiResponse } from "next";

// Streams three chunks with pauses between them.
export default async function handler(_req: NextApiRequest, res: NextApiResponse) {
  res.setHeader("content-type", "text/plain; charset=utf-8");
  for (const part of ["one\n", "two\n", "three\n"]) {
    res.write(part);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  res.end();
}
