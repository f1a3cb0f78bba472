import styles from "./about.module.css";

export default function AboutPage() {
  return (
    <section>
      <h1 className={styles.title} data-testid="about-title">
        About
      </h1>
      <p>vinext runs Next.js apps on Vite.</p>
    </section>
  );
}
