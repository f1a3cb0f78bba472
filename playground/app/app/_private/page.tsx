export default function Private() {
  return <h1>private folders are not routes</h1>;
}
