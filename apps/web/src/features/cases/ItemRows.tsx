import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Typography } from 'antd';
import type { FieldSpec } from './act-fields.ts';

type RowsSpec = Extract<FieldSpec, { kind: 'rows' }>;

/** Editable rows (物品清单, 样品): one line per thing, columns side by side; ids `<act>_<name>_<row>_<column>`. */
export const ItemRows = ({ spec, act }: { spec: RowsSpec; act: string }) => (
  <Form.Item label={spec.label} required extra={spec.extra}>
    <Form.List
      name={spec.name}
      rules={[
        {
          validator: async (_, rows?: unknown[]) => {
            if (!rows || rows.length < spec.min) throw new Error(`${spec.label}至少${spec.min}项`);
          },
        },
      ]}
    >
      {(rows, { add, remove }, { errors }) => (
        <div data-testid={`field-${spec.name}`}>
          {rows.map((row) => (
            <Flex key={row.key} gap={8} align="flex-start" data-testid={`${spec.name}-row`}>
              {spec.columns.map((c) => (
                <Form.Item
                  key={c.name}
                  name={[row.name, c.name]}
                  style={{ flex: c.width ? `0 0 ${c.width}px` : 1, marginBottom: 8 }}
                  rules={c.optional ? [{ max: c.max }] : [{ required: true, whitespace: true, message: `请填写${c.label}` }, { max: c.max }]}
                >
                  <Input id={`${act}_${spec.name}_${row.name}_${c.name}`} placeholder={c.optional ? `${c.label}（可不填）` : c.label} maxLength={c.max} autoComplete="off" />
                </Form.Item>
              ))}
              <Button icon={<DeleteOutlined />} aria-label="删除此行" disabled={rows.length <= spec.min} onClick={() => remove(row.name)} />
            </Flex>
          ))}
          <Flex gap={8} align="center">
            <Button icon={<PlusOutlined />} size="small" disabled={rows.length >= spec.max} onClick={() => add({})} data-testid={`${spec.name}-add`}>
              添加一行
            </Button>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              共 {rows.length} 项
            </Typography.Text>
          </Flex>
          <Form.ErrorList errors={errors} />
        </div>
      )}
    </Form.List>
  </Form.Item>
);
