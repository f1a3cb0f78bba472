import type { NextApiRequest, NextApiResponse } from "next";

export const config = { api: { bodyParser: { sizeLimit: "1kb" } } };

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  res.json({ length: JSON.stringify(req.body).length });
}
