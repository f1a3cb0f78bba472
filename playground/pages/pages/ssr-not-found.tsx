export async function getServerSideProps() {
  return { notFound: true };
}

export default function NeverShown() {
  return <p>never shown</p>;
}
