import type { NextApiRequest, NextApiResponse } from "next";

// API routes have no locale prefix (Next: test/e2e/i18n-api-support).
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  res.json({ url: req.url });
}
