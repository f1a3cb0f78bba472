export async function GET(_request: Request, context: { params: Promise<{ path: string[] }> }) {
  return Response.json(await context.params);
}
