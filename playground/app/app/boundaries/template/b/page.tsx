export default function TemplateB() {
  return <h2 data-testid="template-page">Template page B</h2>;
}
