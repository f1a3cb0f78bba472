export default function TeamSettings() {
  return <p data-testid="team">Team settings</p>;
}
