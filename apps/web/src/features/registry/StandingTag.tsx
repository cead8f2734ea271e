import { Tag, Tooltip } from 'antd';
import type { OfficerItem } from '../../app/api/types.ts';
import { daysLeftText, STANDING_COLORS } from './labels.ts';

/** 有效 / 即将到期 / 已过期 …, with the days left on hover. */
export const StandingTag = ({ officer }: { officer: Pick<OfficerItem, 'standing' | 'standingLabel' | 'daysLeft' | 'validTo'> }) => {
  const days = daysLeftText(officer.standing, officer.daysLeft);
  const tag = (
    <Tag color={STANDING_COLORS[officer.standing]} data-testid="standing-tag" data-standing={officer.standing} style={{ marginInlineEnd: 0 }}>
      {officer.standingLabel}
    </Tag>
  );
  return days ? <Tooltip title={`有效期至 ${officer.validTo}，${days}`}>{tag}</Tooltip> : tag;
};
