export default function Login() {
  return <h2 data-testid="login-page">Log in page</h2>;
}
