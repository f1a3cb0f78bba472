export default function TeamOverview() {
  return <p data-testid="team">Team overview</p>;
}
