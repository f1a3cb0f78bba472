// getServerSideProps may return `props` as a Promise (Next: test/e2e/getserversideprops).
export async function getServerSideProps() {
  return { props: new Promise((resolve) => setTimeout(() => resolve({ message: "resolved later" }), 5)) };
}

export default function SsrPromise({ message }: { message: string }) {
  return <p data-testid="promise-message">{message}</p>;
}
