import { ProblemPage } from '@/components/problem-page';

/** A page that failed in a way nobody planned for. */
export function UnexpectedError() {
  return (
    <ProblemPage title="Something went wrong" heading="Something went wrong">
      <p>This page hit a problem we didn’t expect. Reloading the page usually fixes it.</p>
    </ProblemPage>
  );
}
