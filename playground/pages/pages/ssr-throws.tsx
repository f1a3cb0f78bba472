export async function getServerSideProps(): Promise<never> {
  throw new Error("gssp exploded with a secret message");
}

export default function NeverShown() {
  return <p>never shown</p>;
}
