import type { NextApiRequest, NextApiResponse } from "next";

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  res.status(200).json({ hello: "world", method: req.method, query: req.query, cookies: req.cookies });
}
