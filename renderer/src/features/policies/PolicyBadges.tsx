// Badges for a version's status and a policy's kind (with the law for privacy notices).
import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NoticeLaw, PolicyKind, VersionStatus } from '../../../../shared/contract/areas/policies';
import { STATUS_COLORS } from './policy-view';

export function StatusBadge({ status, ...rest }: { status: VersionStatus } & Omit<BadgeProps, 'color' | 'children'>) {
  const { t } = useTranslation('policies');
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} radius="sm" style={{ textTransform: 'none', flexShrink: 0 }} {...rest}>
      {t(`status.${status}`)}
    </Badge>
  );
}

export function KindBadge({ kind, law }: { kind: PolicyKind; law: NoticeLaw | null }) {
  const { t } = useTranslation('policies');
  return (
    <Badge variant="outline" color={kind === 'privacy_notice' ? 'grape' : 'gray'} radius="sm" style={{ textTransform: 'none', flexShrink: 0 }}>
      {kind === 'privacy_notice' && law ? t('kind.noticeFor', { law: t(`law.${law}`) }) : t(`kind.${kind}`)}
    </Badge>
  );
}
