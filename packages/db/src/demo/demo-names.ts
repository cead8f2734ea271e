/** Invented people and enterprises for the demo deployment; any likeness to real ones is chance. */
export const DEMO_PERSON_NAMES = [
  '张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊', '赵敏', '黄强', '周杰', '吴霞', '徐涛', '孙丽', '马超', '朱琳',
  '胡斌', '郭婷', '何勇', '高洁', '林峰', '罗燕', '郑浩', '梁雪', '谢明', '宋佳', '唐亮', '韩梅', '冯军', '邓华',
  '曹阳', '彭静', '曾鹏', '肖红', '田野', '董丽', '袁博', '潘颖', '蔡伟', '蒋欣', '余杰', '杜鹃', '程远', '魏宁',
];

export const DEMO_ENTERPRISES = [
  { name: '甲县鲜味餐饮有限公司', rep: '钱多多', address: '甲县城关镇人民路18号' },
  { name: '甲县百佳超市有限公司', rep: '孙小梅', address: '甲县城关镇建设路66号' },
  { name: '某市恒通化工有限公司', rep: '李建国', address: '某市经济开发区纬三路9号' },
  { name: '甲县绿源食品厂', rep: '周大力', address: '甲县工业园区园中路3号' },
  { name: '乙县康宁大药房有限公司', rep: '吴春华', address: '乙县新华街120号' },
  { name: '乙县顺达汽车维修有限公司', rep: '郑小平', address: '乙县北环路45号' },
  { name: '甲县金穗粮油贸易有限公司', rep: '王秋实', address: '甲县城南大道201号' },
  { name: '某市美好广告传媒有限公司', rep: '赵一鸣', address: '某市中心区文化路8号' },
];

export const DEMO_PERSONS = [
  { name: '刘大山', birth: '19780312', address: '甲县城关镇东风村3组' },
  { name: '陈小红', birth: '19900708', address: '甲县南关街道幸福小区2栋' },
  { name: '黄志远', birth: '19850121', address: '乙县城北镇和平路12号' },
  { name: '林晓雨', birth: '20100915', address: '甲县城关镇人民路20号', minor: true },
  { name: '马德胜', birth: '19661130', address: '乙县城南镇李庄村' },
  { name: '许可欣', birth: '19990402', address: '某市中心区春晖小区5栋' },
];
