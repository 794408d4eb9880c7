// 收集时告知（加州民法典第1798.100(a)条；CCPA实施条例第7012条）。每一部分对应一项法定事项；
// 完整性检查依据各部分标题识别，请保持一项事项一个部分。
export default `# 收集时告知

{{organisation.legalName}}依照《加州消费者隐私法》（以下简称“CCPA”）的要求，在向加州居民收集个人信息之时或之前提供本告知。

更新日期：{{notice.lastUpdated}}

## 我们收集的个人信息类别

我们收集下列类别的个人信息：

{{inventory.ccpa.categoriesCollected}}

其中属于敏感个人信息的有：

{{inventory.sensitiveData.ccpa}}

{{inventory.ccpa.sensitiveUse}}

## 收集和使用的目的

我们出于以下商业目的收集和使用上述信息：

{{inventory.purposes.ccpa}}

未向您另行告知的，我们不会收集其他类别的个人信息，也不会将其用于其他目的。

## 出售或共享

本部分说明我们是否出售或共享个人信息。

{{inventory.ccpa.soldShared}}

如存在出售或共享的情形，您可以随时通过“请勿出售或共享我的个人信息”页面，或通过以下任一渠道选择退出：

{{inventory.requestChannels}}

## 保存期限

每一类别的个人信息按其收集所对应的处理活动的保存期限保存：

{{inventory.retention}}

以标准而非固定期限表述的，我们根据与您的关系存续时间、法律主张的诉讼时效以及法律法规规定的记录保存期间确定。期限届满后，我们将删除相关信息或对其进行去标识化处理。

## 了解更多

我们的完整隐私政策说明了您享有的权利及行使方式，您可以在收到本告知之处查阅，或发送邮件至{{organisation.contactEmail}}索取。
`;
