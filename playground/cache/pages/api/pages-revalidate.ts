// Test hook: Pages Router on-demand revalidation with res.revalidate(?path).
import type { NextApiRequest, NextApiResponse } from "next";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  await res.revalidate(String(req.query.path));
  res.json({ revalidated: true });
}
