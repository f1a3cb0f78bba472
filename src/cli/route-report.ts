// Prints the route table after a build (placeholder until sizes are wired).
export async function printRouteReport(_root: string): Promise<void> {}
