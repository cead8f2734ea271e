import { Flex, Select, Tag, Typography } from 'antd';
import type { PartyOption } from '../../app/api/types.ts';
import { partyCode, partyKindLabel, partySearchText } from './case-format.ts';

type Props = { id: string; parties: PartyOption[]; loading: boolean; allowClear?: boolean; value?: string; onChange?: (value: string | undefined) => void };

/** 当事人 picker: searches name, 统一社会信用代码 or the masked 身份证号; shows whether it is a person or an organisation. */
export const PartySelect = ({ id, parties, loading, allowClear, value, onChange }: Props) => (
  <Select
    id={id}
    allowClear={allowClear}
    value={value}
    onChange={onChange}
    placeholder="按名称、统一社会信用代码或身份证号搜索"
    loading={loading}
    showSearch={{ filterOption: (input, option) => (option?.search ?? '').includes(input.trim().toLowerCase()) }}
    options={parties.map((p) => ({ value: p.id, label: `${p.name}（${partyCode(p) || partyKindLabel(p.kind)}）`, search: partySearchText(p), party: p }))}
    optionRender={({ data }) => (
      <Flex justify="space-between" gap={8}>
        <span>
          {data.party.name}{' '}
          <Tag variant="filled" style={{ marginInlineStart: 4 }}>
            {partyKindLabel(data.party.kind)}
          </Tag>
        </span>
        <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: 'monospace' }}>
          {partyCode(data.party)}
        </Typography.Text>
      </Flex>
    )}
  />
);
