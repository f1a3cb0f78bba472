export async function getServerSideProps({ query }: { query: Record<string, string> }) {
  if (query.permanent) return { redirect: { destination: "/about", permanent: true } };
  return { redirect: { destination: "/blog/hello", permanent: false } };
}

export default function NeverShown() {
  return <p>never shown</p>;
}
