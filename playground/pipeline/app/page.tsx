import { Nav } from "../components/nav";

export default function Home() {
  return (
    <>
      <h1 data-testid="title">Pipeline home</h1>
      <Nav />
    </>
  );
}
