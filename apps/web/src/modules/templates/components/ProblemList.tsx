import type { TemplateProblem } from '@ametrika/shared';
import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Every problem with its field, line and column, for subject and preheader too (they have no markers). */
export function ProblemList({ problems }: { problems: TemplateProblem[] }) {
  const { t } = useTranslation('templates');
  if (problems.length === 0) return null;
  return (
    <Alert color="red" variant="light" title={t('problems.title', { count: problems.length })} role="alert">
      <List size="sm" spacing={4}>
        {problems.map((problem) => (
          <List.Item key={`${problem.field}:${problem.line}:${problem.column}:${problem.message}`}>
            <strong>
              {t('problems.position', {
                field: t(`problems.fields.${problem.field}`),
                line: problem.line,
                column: problem.column,
              })}
            </strong>
            {': '}
            {problem.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
