export async function getStaticPaths() {
  return { paths: [], fallback: "blocking" };
}

export async function getStaticProps({ params }: { params: { id: string } }) {
  return { props: { id: params.id } };
}

export default function Blocking({ id }: { id: string }) {
  return <p data-testid="blocking-id">blocking {id}</p>;
}
