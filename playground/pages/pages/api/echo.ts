import type { NextApiRequest, NextApiResponse } from "next";

// Echoes the parsed body (JSON, urlencoded, text) (Next: test/integration/api-support).
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === "GET") {
    res.setHeader("allow", "POST");
    return res.status(405).send("use POST");
  }
  res.setHeader("x-body-type", typeof req.body);
  res.json({ method: req.method, body: req.body ?? null, contentType: req.headers["content-type"] ?? null });
}
