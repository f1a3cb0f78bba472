import type { NextApiRequest, NextApiResponse } from "next";

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  res.setHeader("x-user", String(req.query.id));
  res.status(200).json({ id: req.query.id, query: req.query });
}
