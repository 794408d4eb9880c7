// The incident and request figures on the dashboard: open incidents, breach notifications still to
// make (and how many are overdue), this year's incidents by severity, open corrective actions, and
// data-subject requests still to answer; each opens its register.
import { Badge, Card, Group, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INCIDENT_SEVERITIES, type IncidentFigures } from '../../../../shared/contract/areas/incidents';
import type { Route } from '../../app/router';
import { useSession } from '../../app/session-store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../lib/format';

const SEVERITY_COLORS = { low: 'gray', medium: 'yellow', high: 'orange', critical: 'red' } as const;

function Figure({ label, value, hint, alert, target }: { label: string; value: number; hint?: string; alert?: boolean; target: Route }) {
  const format = useFormat();
  const navigate = useSession((state) => state.navigate);
  return (
    <UnstyledButton onClick={() => navigate(target)} className="custos-row-button" p={6} style={{ borderRadius: 'var(--mantine-radius-sm)' }} aria-label={`${label}: ${value}`}>
      <Text fw={700} fz={22} lh={1.15} style={{ fontVariantNumeric: 'tabular-nums' }} c={value > 0 ? undefined : 'dimmed'}>
        {format.number(value)}
      </Text>
      <Text size="sm" c="dimmed" lh={1.3}>
        {label}
      </Text>
      {hint && (
        <Text size="xs" c={alert ? 'red' : 'dimmed'} fw={alert ? 600 : undefined}>
          {hint}
        </Text>
      )}
    </UnstyledButton>
  );
}

export function IncidentFiguresCard({ figures, error }: { figures: IncidentFigures | null; error: unknown }) {
  const { t } = useTranslation('incidents');
  const format = useFormat();
  const incidents: Route = { page: 'incidents', params: {} };
  const requests: Route = { page: 'requests', params: {} };
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={t('figures.title')} data-testid="incident-figures">
      <Text fw={600} mb="sm">
        {t('figures.title')}
      </Text>
      <ErrorAlert error={error} />
      {figures && (
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
            <Figure label={t('figures.openIncidents')} value={figures.openIncidents} target={incidents} />
            <Figure
              label={t('figures.openClocks')}
              value={figures.openClocks}
              hint={figures.overdueClocks > 0 ? t('figures.overdueClocks', { count: figures.overdueClocks }) : undefined}
              alert={figures.overdueClocks > 0}
              target={incidents}
            />
            <Figure label={t('figures.openActions')} value={figures.openActions} target={incidents} />
            <Figure
              label={t('figures.openRequests')}
              value={figures.openRequests}
              hint={figures.overdueRequests > 0 ? t('figures.overdueRequests', { count: figures.overdueRequests }) : undefined}
              alert={figures.overdueRequests > 0}
              target={requests}
            />
          </SimpleGrid>
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t('figures.thisYear')}
            </Text>
            {INCIDENT_SEVERITIES.map((severity) => (
              <Badge key={severity} variant="light" color={SEVERITY_COLORS[severity]} radius="sm" style={{ textTransform: 'none' }}>
                {t(`severity.${severity}`)} {format.number(figures.thisYearBySeverity[severity])}
              </Badge>
            ))}
          </Group>
        </Stack>
      )}
    </Card>
  );
}
