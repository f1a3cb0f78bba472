export default function TeamDefault() {
  return <p data-testid="team">Team default</p>;
}
